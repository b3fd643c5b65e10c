package cn.gongzhuling.academy.certification.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Downloads of the holder's own certificate: {@code /learn/certificate?id=..&type=pdf|badge}.
 * Under /learn/*, so only logged-in trainees reach it; the service checks the certificate is theirs.
 */
@WebServlet("/learn/certificate")
public class CertificateFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateDocuments documents;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id;
        try {
            id = Long.valueOf(req.getParameter("id"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try {
            if ("badge".equals(req.getParameter("type"))) {
                var badge = documents.badge(id);
                resp.setContentType("application/ld+json");
                resp.setCharacterEncoding("UTF-8");
                resp.setHeader("Content-Disposition", "attachment; filename=\"" + documents.fileName(id, "json") + "\"");
                JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
                try (JsonWriter w = factory.createWriter(new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8))) {
                    w.writeObject(badge);
                }
            } else {
                byte[] pdf = documents.pdf(id);
                resp.setContentType("application/pdf");
                resp.setHeader("Content-Disposition", "inline; filename=\"" + documents.fileName(id, "pdf") + "\"");
                resp.setContentLength(pdf.length);
                resp.getOutputStream().write(pdf);
            }
        } catch (NotInScopeException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BusinessException e) {
            resp.setStatus(HttpServletResponse.SC_CONFLICT);
            resp.setContentType("text/plain");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write(Messages.get(req.getLocale(), e.getKey(), e.getArgs()));
        }
    }
}
