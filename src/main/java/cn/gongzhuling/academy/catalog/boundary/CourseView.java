package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** One course: lessons, skills, validity, quiz rule and practical checks (?code=). */
@Named
@RequestScoped
public class CourseView {

    @Inject
    CatalogService catalog;

    private String code;
    private CourseVersion course;

    public void onLoad() throws IOException {
        try {
            course = catalog.current(code);
        } catch (BusinessException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(404, "");
            fc.responseComplete();
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public CourseVersion getCourse() { return course; }
}
