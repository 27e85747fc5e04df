package dev.evalunit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reading and writing the endpoints' JSON; a bad body becomes a 400 naming what is wrong. */
final class JsonBodies {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The request body was not what the endpoint takes. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private JsonBodies() {
    }

    static JsonNode read(HttpServletRequest request) throws IOException, BadRequest {
        try {
            JsonNode body = MAPPER.readTree(request.getInputStream());
            if (body == null || !body.isObject()) {
                throw new BadRequest("the body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static void write(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, MAPPER.createObjectNode().put("error", message));
    }
}
