package dev.evalunit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apiguardian.api.API;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** Who may use the admin endpoints: a configured bearer token, or the application's own security. */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface AdminAccess {

    /** Whether {@code request} may read and change experiments. */
    boolean allows(HttpServletRequest request);

    /**
     * Requests carrying {@code Authorization: Bearer <token>}, compared in constant time.
     *
     * @throws IllegalArgumentException when the token is shorter than 16 characters
     */
    static AdminAccess bearerToken(String token) {
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("the admin token must be at least 16 characters long");
        }
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        return request -> {
            String header = request.getHeader("Authorization");
            return header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Requests whose authenticated user has {@code role} in the application's security (e.g. Spring Security). */
    static AdminAccess role(String role) {
        return request -> request.isUserInRole(role);
    }
}
