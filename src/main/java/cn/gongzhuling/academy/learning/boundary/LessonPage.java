package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.entity.Lesson;
import cn.gongzhuling.academy.learning.control.LearningPath;
import java.util.List;
import java.util.Locale;

/** What the lesson player shows: the lesson, its neighbours and the course outline with done marks. */
public record LessonPage(Long enrolmentId, String courseTitleZh, String courseTitleEn, Lesson lesson,
                         List<Item> outline, Long previousId, Long nextId, boolean done, int lessonsDone, int index,
                         LearningPath path) {

    public record Item(Long id, int position, String titleZh, String titleEn, boolean done) {
        public String title(Locale l) { return "en".equals(l.getLanguage()) ? titleEn : titleZh; }
        public Long getId() { return id; }
        public int getPosition() { return position; }
        public boolean isDone() { return done; }
    }

    public String courseTitle(Locale l) { return "en".equals(l.getLanguage()) ? courseTitleEn : courseTitleZh; }
    public Long getEnrolmentId() { return enrolmentId; }
    public Lesson getLesson() { return lesson; }
    public List<Item> getOutline() { return outline; }
    public Long getPreviousId() { return previousId; }
    public Long getNextId() { return nextId; }
    public boolean isDone() { return done; }
    public int getLessonsDone() { return lessonsDone; }
    /** The lesson's place in the outline (1-based): a refresher counts only its own lessons. */
    public int getIndex() { return index; }
    public LearningPath getPath() { return path; }
    public int getPercent() { return outline.isEmpty() ? 0 : lessonsDone * 100 / outline.size(); }
}
