package vn.keng.console;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The console's language: Vietnamese unless the {@value #COOKIE} cookie says English. Outside the
 * console the request's own locale stays (the API and chat choose their language themselves).
 */
class ConsoleLocale implements LocaleResolver {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String COOKIE = "keng-console-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/console")) {
            return request.getLocale();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return VIETNAMESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi");
        cookie.setPath("/console");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
