package cn.gongzhuling.academy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A lesson an enrolment has completed. The key (enrolment, lesson) makes marking it twice harmless. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

    @EmbeddedId
    private Key id;

    @Column(name = "completed_at", nullable = false)
    private LocalDateTime completedAt;

    protected LessonProgress() {
    }

    public Key getId() { return id; }
    public LocalDateTime getCompletedAt() { return completedAt; }

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "enrolment_id", nullable = false)
        private Long enrolmentId;

        @Column(name = "lesson_id", nullable = false)
        private Long lessonId;

        protected Key() {
        }

        public Long getEnrolmentId() { return enrolmentId; }
        public Long getLessonId() { return lessonId; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(enrolmentId, k.enrolmentId) && Objects.equals(lessonId, k.lessonId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, lessonId);
        }
    }
}
