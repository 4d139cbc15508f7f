package dev.mmsys.app.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * JSON answers for what must be refused before any Camel route runs, so clients always get an {@link ErrorBody}:
 * a body declared larger than {@code mmsys.rest.max-body-size} (413, without reading it), a body that is not
 * JSON (415, before the server would decode it as a form), and unknown paths or methods (404 / 405).
 */
public final class HttpErrorPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PATHS = Set.of("/api/messages", "/api/modem", "/api/health", "/api/openapi.json");

    private HttpErrorPages() {
    }

    public static void install(CamelContext context, int port, long maxBodySize) {
        Router router = VertxPlatformHttpRouter.lookup(context, VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (router == null) {
            return;
        }
        router.route().order(-1000).handler(rc -> {
            HttpMethod m = rc.request().method();
            if (m == HttpMethod.POST || m == HttpMethod.PUT || m == HttpMethod.PATCH) {
                String length = rc.request().getHeader("Content-Length");
                if (length != null && isOver(length, maxBodySize)) {
                    // the body is not read: the connection closes after the answer so it cannot be reused
                    rc.response().putHeader("Connection", "close");
                    send(rc, 413, "body", "the request body is " + length + " octets, over the limit of " + maxBodySize
                            + " octets (mmsys.rest.max-body-size); send smaller attachments");
                    return;
                }
                String type = rc.request().getHeader("Content-Type");
                if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                    send(rc, 415, "Content-Type", "'" + type + "' is not JSON; send 'Content-Type: application/json'");
                    return;
                }
            }
            rc.next();
        });
        router.route().last().handler(rc -> {
            String path = rc.normalizedPath();
            boolean known = PATHS.contains(path) || path.matches("/api/messages/[^/]+");
            if (known) {
                send(rc, 405, "method", rc.request().method() + " is not allowed on " + path
                        + " (see GET /api/openapi.json)");
            } else {
                send(rc, 404, "path", "no endpoint " + path + "; the API is under /api (see GET /api/openapi.json)");
            }
        });
        // a chunked body without Content-Length is cut off by the server's body handler, which fails with 413
        router.route().order(-999).failureHandler(rc -> {
            if (rc.statusCode() == 413) {
                send(rc, 413, "body", "the request body is over the limit of " + maxBodySize
                        + " octets (mmsys.rest.max-body-size); send smaller attachments");
            } else {
                rc.next();
            }
        });
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void send(RoutingContext rc, int status, String field, String message) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        try {
            rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(JSON.writeValueAsString(new ErrorBody(status, message, field)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
