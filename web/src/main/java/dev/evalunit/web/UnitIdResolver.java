package dev.evalunit.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apiguardian.api.API;

import java.security.Principal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Finds the unit a request belongs to: the authenticated principal's name, else a configured header (e.g. a
 * user id set by a gateway), else a first-party cookie, which is set with a new random id on the first visit
 * so an anonymous visitor keeps one variant across sessions.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class UnitIdResolver {

    /** The cookie name used unless another is configured. */
    public static final String DEFAULT_COOKIE = "evalunit_uid";

    private static final Pattern COOKIE_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_HEADER_LENGTH = 256;

    private final Optional<String> header;
    private final String cookieName;
    private final int cookieMaxAgeSeconds;

    /**
     * @param header       the request header holding the unit id, if the service has one
     * @param cookieName   the cookie holding an anonymous visitor's id
     * @param cookieMaxAge how long that cookie lives
     */
    public UnitIdResolver(Optional<String> header, String cookieName, Duration cookieMaxAge) {
        this.header = Objects.requireNonNull(header, "header").filter(h -> !h.isBlank());
        if (!COOKIE_VALUE.matcher(cookieName).matches()) {
            throw new IllegalArgumentException("cookie name must be 1-64 letters, digits, '_' or '-', was '" + cookieName + "'");
        }
        this.cookieName = cookieName;
        long seconds = cookieMaxAge.toSeconds();
        if (seconds <= 0 || seconds > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cookie max age must be positive and below 68 years, was " + cookieMaxAge);
        }
        this.cookieMaxAgeSeconds = (int) seconds;
    }

    /** Principal, then no header, then the {@value #DEFAULT_COOKIE} cookie kept for a year. */
    public static UnitIdResolver defaults() {
        return new UnitIdResolver(Optional.empty(), DEFAULT_COOKIE, Duration.ofDays(365));
    }

    /** The request's unit id; sets the cookie on the response when the visitor had none. */
    public String resolve(HttpServletRequest request, HttpServletResponse response) {
        Principal principal = request.getUserPrincipal();
        if (principal != null && principal.getName() != null && !principal.getName().isEmpty()) {
            return principal.getName();
        }
        if (header.isPresent()) {
            String value = request.getHeader(header.get());
            if (value != null && !value.isBlank() && value.length() <= MAX_HEADER_LENGTH) {
                return value.strip();
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(cookieName) && COOKIE_VALUE.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        String issued = UUID.randomUUID().toString();
        Cookie cookie = new Cookie(cookieName, issued);
        cookie.setPath("/");
        cookie.setMaxAge(cookieMaxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return issued;
    }
}
