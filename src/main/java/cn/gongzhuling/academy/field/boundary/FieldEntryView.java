package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.control.FieldProblem;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.FieldTask;
import cn.gongzhuling.academy.field.entity.HandlingLevel;
import cn.gongzhuling.academy.field.entity.ProblemCategory;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * /field/record: the phone-first entry form. Without a kind it shows one big button per kind; with
 * ?kind= the short form of that kind (grid preselected from the last record, time now); with ?id=
 * the correction of an own record (reason required); with ?task= the completion of an assigned task.
 * A plain multipart post (the photo), no ajax.
 */
@Named
@ViewScoped
public class FieldEntryView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    FieldRecordService records;

    @Inject
    FieldTaskService tasks;

    @Inject
    FacesMessages messages;

    private FieldKind kind;
    private Long id;
    private Long taskId;
    private long version;
    private String taskTitle;
    private FieldDraft draft = new FieldDraft();
    private String occurred;
    private String reason;
    private boolean saved;
    private transient Part photo;
    private transient List<OrgUnit> grids;

    public void onLoad() {
        try {
            if (!records.canRecord()) {
                throw new BusinessException("field.error.noPerson");
            }
            if (id != null) {
                FieldRecord record = records.find(id);
                draft = record.toDraft();
                kind = record.getKind();
                version = record.getVersion();
            } else if (taskId != null) {
                FieldTask task = tasks.mineById(taskId);
                kind = task.getKind();
                version = task.getVersion();
                taskTitle = task.getTitle();
                draft.setGridId(task.getGrid().getId());
            } else {
                draft.setGridId(records.lastGridId());
            }
            draft.setKind(kind);
            if (occurred == null) {
                occurred = LOCAL.format(draft.getOccurredAt() != null ? draft.getOccurredAt()
                        : LocalDateTime.now(cn.gongzhuling.academy.platform.boundary.ClockProducer.ZONE)
                        .truncatedTo(ChronoUnit.MINUTES));
            }
        } catch (BusinessException e) {
            kind = null;
            id = null;
            taskId = null;
            messages.error(e);
        }
    }

    public String save() {
        if (saved) {
            // a second post of the same form (double tap, resend): the record is already saved once
            return "/field/history?faces-redirect=true";
        }
        try {
            draft.setKind(kind);
            draft.setOccurredAt(parse(occurred));
            byte[] bytes = photoBytes();
            if (id != null) {
                records.correct(id, version, draft, reason);
                messages.info("field.corrected");
            } else if (taskId != null) {
                tasks.complete(taskId, version, draft, bytes);
                messages.info("field.taskDone");
            } else {
                records.record(draft, bytes);
                messages.info("field.saved");
            }
            saved = true;
            return "/field/history?faces-redirect=true";
        } catch (InvalidRecordException e) {
            for (FieldProblem p : e.getProblems()) {
                messages.fieldError("entry:" + p.field(), p.key(), p.args());
            }
            messages.error("field.error.fix");
        } catch (OptimisticLockException e) {
            messages.error("error.conflict");
        } catch (BusinessException e) {
            messages.error(e);
        }
        return null;
    }

    private static LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().length() > 16 ? text.strip().substring(0, 16) : text.strip(), LOCAL);
        } catch (DateTimeParseException e) {
            return LocalDateTime.MIN;
        }
    }

    private byte[] photoBytes() {
        if (photo == null || photo.getSize() == 0) {
            return null;
        }
        long max = records.photoMaxBytes();
        if (photo.getSize() > max) {
            throw new InvalidRecordException(List.of(new FieldProblem("photo", "upload.error.tooLarge", max / (1024 * 1024) + " MB")));
        }
        try (InputStream in = photo.getInputStream()) {
            return in.readNBytes((int) max + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<OrgUnit> getGrids() {
        if (grids == null) {
            grids = records.myGrids();
        }
        return grids;
    }

    public FieldKind[] getKinds() {
        return FieldKind.values();
    }

    public ProblemCategory[] getCategories() {
        return ProblemCategory.values();
    }

    public HandlingLevel[] getLevels() {
        return HandlingLevel.values();
    }

    public ProblemStatus[] getStatuses() {
        return ProblemStatus.values();
    }

    public boolean isCorrection() {
        return id != null;
    }

    public boolean is(String kindName) {
        return kind != null && kind.name().equals(kindName);
    }

    public FieldKind getKind() { return kind; }
    public void setKind(FieldKind kind) { this.kind = kind; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long taskId) { this.taskId = taskId; }
    public String getTaskTitle() { return taskTitle; }
    public FieldDraft getDraft() { return draft; }
    public String getOccurred() { return occurred; }
    public void setOccurred(String occurred) { this.occurred = occurred; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
}
