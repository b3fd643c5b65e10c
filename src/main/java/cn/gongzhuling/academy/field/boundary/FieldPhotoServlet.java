package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.platform.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /field/photo?id=: the photo of a field record, to its cadre and the organisers of its grid
 * only (others get 404), as a download with the type it was checked to be, never sniffed.
 */
@WebServlet("/field/photo")
public class FieldPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FieldRecordService records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FieldRecordService.Photo photo;
        try {
            photo = records.photo(Long.valueOf(request.getParameter("id")));
        } catch (BusinessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.mediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + photo.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(photo.content().length);
        response.getOutputStream().write(photo.content());
    }
}
