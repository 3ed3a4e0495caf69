package vn.keng.console;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.keng.platform.ConflictException;
import vn.keng.platform.NotFoundException;
import vn.keng.registry.Commune;
import vn.keng.registry.RegistryReads;

/**
 * What every console page shows: who is logged in, whether they may change things, the communes and
 * the one chosen (kept in the session). Errors become a console page, not the API's problem JSON.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    static final String COMMUNE = "console.commune";

    private final RegistryReads reads;

    ConsoleAdvice(RegistryReads reads) {
        this.reads = reads;
    }

    @ModelAttribute
    void common(Model model, HttpSession session, @RequestParam(name = "commune", required = false) Long chosen,
            jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("path", request.getRequestURI());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        model.addAttribute("user", auth == null ? null : auth.getName());
        model.addAttribute("admin", admin);
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        List<Commune> communes = reads.communes();
        model.addAttribute("communes", communes);
        Long id = chosen != null ? chosen : (Long) session.getAttribute(COMMUNE);
        Commune commune = communes.stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElse(communes.isEmpty() ? null : communes.get(0));
        if (commune != null) {
            session.setAttribute(COMMUNE, commune.getId());
        }
        model.addAttribute("commune", commune);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return error(404, e.getMessage(), model, response);
    }

    @ExceptionHandler({IllegalArgumentException.class, ConflictException.class})
    String badInput(RuntimeException e, Model model, HttpServletResponse response) {
        return error(e instanceof ConflictException ? 409 : 400, e.getMessage(), model, response);
    }

    private static String error(int status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "console/error";
    }
}
