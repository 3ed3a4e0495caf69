package vn.keng.console;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import io.swagger.v3.oas.annotations.Hidden;

/** The login page, the console's front door and the language switch. */
@Hidden
@Controller
class ConsolePages {

    private final LocaleResolver locales;

    ConsolePages(LocaleResolver locales) {
        this.locales = locales;
    }

    @GetMapping({"/console", "/console/"})
    String home() {
        return "redirect:/console/tonight";
    }

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    /** Switches the language and goes back to the page it came from (a console page only). */
    @GetMapping("/console/lang")
    String language(@RequestParam String to, @RequestParam(defaultValue = "/console/tonight") String back,
            HttpServletRequest request, HttpServletResponse response) {
        locales.setLocale(request, response, "en".equals(to) ? Locale.ENGLISH : ConsoleLocale.VIETNAMESE);
        boolean local = back.startsWith("/console") && !back.contains("//") && !back.contains("\\")
                && back.chars().noneMatch(Character::isISOControl);
        return "redirect:" + (local ? back : "/console/tonight");
    }
}
