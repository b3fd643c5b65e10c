package cn.gongzhuling.academy.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * The error page: shows the incident id under which the error was logged.
 * Errors outside Faces arrive here through web.xml with the exception as a request attribute.
 */
@Named
@RequestScoped
public class ErrorView {

    private String incident;

    public String getIncident() {
        if (incident == null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            String given = ec.getRequestParameterMap().get("incident");
            Object error = ec.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
            if (error instanceof Throwable t) {
                incident = IncidentExceptionHandlerFactory.logIncident(t);
            } else if (given != null && given.matches("[0-9A-F]{8}")) {
                incident = given;
            } else {
                incident = "-";
            }
        }
        return incident;
    }
}
