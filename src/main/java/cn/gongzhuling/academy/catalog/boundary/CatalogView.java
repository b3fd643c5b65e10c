package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The course catalogue page. */
@Named
@RequestScoped
public class CatalogView {

    @Inject
    CatalogService catalog;

    private List<CourseVersion> courses;
    private Map<Long, CatalogService.LessonTotals> lessons;

    public List<CourseVersion> getCourses() {
        if (courses == null) {
            courses = catalog.currentCourses();
        }
        return courses;
    }

    /** Lesson count and minutes of a card's course version. */
    public CatalogService.LessonTotals lessons(CourseVersion version) {
        if (lessons == null) {
            lessons = catalog.lessonTotals(getCourses());
        }
        return lessons.getOrDefault(version.getId(), CatalogService.LessonTotals.NONE);
    }
}
