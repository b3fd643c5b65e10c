package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.entity.GradeChange;
import cn.gongzhuling.academy.assessment.entity.ResultStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Everything the grading screen shows for one attempt, in the reader's language. */
public record GradeSheet(Long resultId, long version, ResultStatus status, int attemptNo, Boolean passed,
                         Integer points, Integer maxPoints, String overallComment, String firstSignedBy,
                         LocalDateTime firstSignedAt, String secondSignedBy, LocalDateTime secondSignedAt,
                         boolean secondAssessor, boolean rubric, int criticalLevel, String person, String unit,
                         String course, String check, Long sessionId, LocalDate sessionDate, String place,
                         Long previousId, Long nextId, int position, int rosterSize, List<Item> items,
                         List<Level> levels, List<String> failedCritical, List<GradeChange> history,
                         List<EvidenceRow> evidence) {

    /** One check item with its grade so far. */
    public record Item(String key, String text, boolean critical, int points, Boolean done, Integer level,
                       String comment) {
        public String getKey() { return key; }
        public String getText() { return text; }
        public boolean isCritical() { return critical; }
        public int getPoints() { return points; }
        public Boolean getDone() { return done; }
        public Integer getLevel() { return level; }
        public String getComment() { return comment; }
    }

    /** A rubric level to choose. */
    public record Level(int value, String label) {
        public int getValue() { return value; }
        public String getLabel() { return label; }
    }

    /** An evidence file as listed. */
    public record EvidenceRow(Long id, String fileName, String mediaType, long sizeBytes, String uploadedBy,
                              LocalDateTime uploadedAt) {
        public Long getId() { return id; }
        public String getFileName() { return fileName; }
        public String getMediaType() { return mediaType; }
        public long getSizeKb() { return Math.max(1, (sizeBytes + 1023) / 1024); }
        public String getUploadedBy() { return uploadedBy; }
        public LocalDateTime getUploadedAt() { return uploadedAt; }
    }

    public boolean isCriticalFailed(String key) {
        return failedCritical.contains(key);
    }

    public boolean isDraft() { return status == ResultStatus.DRAFT; }
    public boolean isAwaitingSecond() { return status == ResultStatus.AWAITING_SECOND; }
    public boolean isSigned() { return status == ResultStatus.SIGNED; }
    public boolean isAbsent() { return status == ResultStatus.ABSENT; }
    public boolean isEvidenceOpen() { return status == ResultStatus.DRAFT || status == ResultStatus.AWAITING_SECOND; }

    public Long getResultId() { return resultId; }
    public long getVersion() { return version; }
    public ResultStatus getStatus() { return status; }
    public int getAttemptNo() { return attemptNo; }
    public Boolean getPassed() { return passed; }
    public Integer getPoints() { return points; }
    public Integer getMaxPoints() { return maxPoints; }
    public String getOverallComment() { return overallComment; }
    public String getFirstSignedBy() { return firstSignedBy; }
    public LocalDateTime getFirstSignedAt() { return firstSignedAt; }
    public String getSecondSignedBy() { return secondSignedBy; }
    public LocalDateTime getSecondSignedAt() { return secondSignedAt; }
    public boolean isSecondAssessor() { return secondAssessor; }
    public boolean isRubric() { return rubric; }
    public int getCriticalLevel() { return criticalLevel; }
    public String getPerson() { return person; }
    public String getUnit() { return unit; }
    public String getCourse() { return course; }
    public String getCheck() { return check; }
    public Long getSessionId() { return sessionId; }
    public LocalDate getSessionDate() { return sessionDate; }
    public String getPlace() { return place; }
    public Long getPreviousId() { return previousId; }
    public Long getNextId() { return nextId; }
    public int getPosition() { return position; }
    public int getRosterSize() { return rosterSize; }
    public List<Item> getItems() { return items; }
    public List<Level> getLevels() { return levels; }
    public List<String> getFailedCritical() { return failedCritical; }
    public List<GradeChange> getHistory() { return history; }
    public List<EvidenceRow> getEvidence() { return evidence; }
}
