package vn.keng.admin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@code 400 application/problem+json} for any request whose body or parameters cannot be
 * read, wherever the reading happens: Spring's form filter (a PUT, PATCH or DELETE with a form body),
 * Tomcat's parameter parsing (broken percent-encoding or charset, on the first {@code getParameter}
 * of anyone: a handler, a webhook's signature check, the error page), multipart parsing. It runs
 * first, before the security chain, so an anonymous caller gets the same answer as an administrator
 * and no path answers 500 for input. Logged on one line, without a stack trace.
 * <p>
 * Errors inside a controller are turned into problems by {@link ApiProblems}; this filter catches
 * what escapes the dispatcher or never reaches it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnreadableRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);
    private static final JsonMapper JSON = JsonMapper.shared();
    static final String DETAIL = "The request body or its parameters cannot be read";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Throwable unreadable = unreadable(e);
            if (unreadable == null || response.isCommitted()) {
                throw e;
            }
            // on the error page of an earlier answer (a 401 from the security chain), that answer stands
            Object earlier = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = request.getDispatcherType() == DispatcherType.ERROR && earlier instanceof Integer code
                    && code >= 400 && code < 500 ? code : HttpServletResponse.SC_BAD_REQUEST;
            Object uri = request.getDispatcherType() == DispatcherType.ERROR
                    ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
            log.info("{} {} answered {}, unreadable request: {}", request.getMethod(), uri, status,
                    unreadable.toString().replaceAll("[\\r\\n]", " "));
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", HttpStatus.valueOf(status).getReasonPhrase());
            problem.put("status", status);
            if (status == HttpServletResponse.SC_BAD_REQUEST) {
                problem.put("detail", DETAIL);
            }
            problem.put("instance", uri);
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The cause that makes the request unreadable, or null when the failure is something else. */
    static Throwable unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpMessageNotReadableException || t instanceof InvalidParameterException
                    || t instanceof MultipartException) {
                return t;
            }
        }
        return null;
    }
}
