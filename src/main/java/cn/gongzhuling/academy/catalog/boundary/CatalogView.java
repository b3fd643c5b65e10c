package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The course catalogue page. */
@Named
@RequestScoped
public class CatalogView {

    @Inject
    CatalogService catalog;

    private List<CourseVersion> courses;

    public List<CourseVersion> getCourses() {
        if (courses == null) {
            courses = catalog.currentCourses();
        }
        return courses;
    }
}
