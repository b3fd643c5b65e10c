package cn.gongzhuling.academy.field.control;

import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.HandlingLevel;
import cn.gongzhuling.academy.field.entity.ProblemCategory;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a cadre, a CSV line, an API call or an xAPI statement says about one piece of field work,
 * before it is checked ({@link FieldRules}) and saved. Also the form backing of the entry page.
 */
public class FieldDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private FieldKind kind;
    private Long gridId;
    private LocalDateTime occurredAt;
    private String place;
    private String notes;
    private ProblemCategory category;
    private HandlingLevel handlingLevel;
    private ProblemStatus status;
    private LocalDate startedOn;
    private LocalDate closedOn;
    private String parties;
    private String outcome;
    private Boolean agreementReached;
    private Integer residents;
    private Integer volunteers;

    public FieldDraft() {
    }

    public FieldDraft(FieldKind kind, Long gridId, LocalDateTime occurredAt) {
        this.kind = kind;
        this.gridId = gridId;
        this.occurredAt = occurredAt;
    }

    /** Text fields trimmed, blanks as null; fields that do not belong to the kind cleared. */
    public FieldDraft normalised() {
        place = clean(place);
        notes = clean(notes);
        parties = clean(parties);
        outcome = clean(outcome);
        if (kind != FieldKind.PROBLEM_FOUND) {
            category = null;
            handlingLevel = null;
            status = null;
            startedOn = null;
            closedOn = null;
        }
        if (kind != FieldKind.DISPUTE_MEDIATED) {
            parties = null;
            outcome = null;
            agreementReached = null;
        }
        if (kind == null || !kind.countsResidents()) {
            residents = null;
        }
        if (kind != FieldKind.VOLUNTEER_PROJECT) {
            volunteers = null;
        }
        return this;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public FieldKind getKind() { return kind; }
    public void setKind(FieldKind kind) { this.kind = kind; }
    public Long getGridId() { return gridId; }
    public void setGridId(Long gridId) { this.gridId = gridId; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public ProblemCategory getCategory() { return category; }
    public void setCategory(ProblemCategory category) { this.category = category; }
    public HandlingLevel getHandlingLevel() { return handlingLevel; }
    public void setHandlingLevel(HandlingLevel handlingLevel) { this.handlingLevel = handlingLevel; }
    public ProblemStatus getStatus() { return status; }
    public void setStatus(ProblemStatus status) { this.status = status; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public String getParties() { return parties; }
    public void setParties(String parties) { this.parties = parties; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public Boolean getAgreementReached() { return agreementReached; }
    public void setAgreementReached(Boolean agreementReached) { this.agreementReached = agreementReached; }
    public Integer getResidents() { return residents; }
    public void setResidents(Integer residents) { this.residents = residents; }
    public Integer getVolunteers() { return volunteers; }
    public void setVolunteers(Integer volunteers) { this.volunteers = volunteers; }
}
