package cn.gongzhuling.academy.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

class IncidentExceptionHandlerTest {

    /** Named like the container's own exception for a part over max-file-size. */
    static final class FileSizeLimitExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void anUploadOverTheContainersLimitIsRecognisedWhereverItSitsInTheChain() {
        assertTrue(IncidentExceptionHandlerFactory.Handler.isUploadTooLarge(
                new FacesException(new IllegalStateException(new FileSizeLimitExceededException()))));
        assertTrue(IncidentExceptionHandlerFactory.Handler.isUploadTooLarge(
                new FacesException(new IllegalStateException("Request data exceeds the size limit"))));
        assertFalse(IncidentExceptionHandlerFactory.Handler.isUploadTooLarge(new FacesException("boom")));
    }
}
