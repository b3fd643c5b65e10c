package cn.gongzhuling.academy.platform.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns unexpected errors into an error page with an incident id (the stack
 * trace goes to the log under the same id, never to the browser), and an
 * expired or forged view state into a friendly "page expired" message.
 */
public class IncidentExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(IncidentExceptionHandlerFactory.class.getName());

    public IncidentExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Creates an incident id and logs the error under it. */
    public static String logIncident(Throwable error) {
        String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.log(Level.SEVERE, "Incident " + incident, error);
        return incident;
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            if (events.hasNext()) {
                Throwable error = events.next().getContext().getException();
                FacesContext fc = FacesContext.getCurrentInstance();
                ExternalContext ec = fc.getExternalContext();
                String target;
                if (rootCause(error) instanceof ViewExpiredException) {
                    target = "/error/expired.xhtml";
                } else if (isUploadTooLarge(error)) {
                    target = "/error/too-large.xhtml"; // over the multipart limit: the request could not be read
                } else {
                    target = "/error/error.xhtml?incident=" + logIncident(error);
                }
                events.remove();
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
                try {
                    if (!ec.isResponseCommitted()) {
                        ec.redirect(ec.getRequestContextPath() + target);
                    }
                } catch (IOException e) {
                    logIncident(e);
                }
                fc.responseComplete();
            }
            getWrapped().handle();
        }

        /** The container refuses a multipart request over web.xml's limits before any validator sees the file. */
        static boolean isUploadTooLarge(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                String message = c.getMessage() == null ? "" : c.getMessage().toLowerCase(java.util.Locale.ROOT);
                if (c.getClass().getSimpleName().contains("SizeLimitExceeded")
                        || (message.contains("size") && (message.contains("exceed") || message.contains("limit")))) {
                    return true;
                }
            }
            return false;
        }

        private static Throwable rootCause(Throwable t) {
            Throwable cause = t;
            while (cause.getCause() != null && !(cause instanceof ViewExpiredException)) {
                cause = cause.getCause();
            }
            return cause;
        }
    }
}
