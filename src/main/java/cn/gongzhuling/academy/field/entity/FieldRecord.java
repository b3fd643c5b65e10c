package cn.gongzhuling.academy.field.entity;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One piece of field work by a cadre in a grid. Corrections go through {@link #apply} and leave a
 * {@link FieldRecordHistory} row; the skills used, with the certification fact of the moment it was
 * saved, never change afterwards.
 */
@Entity
@Table(name = "field_record")
public class FieldRecord {

    public static final int PLACE_MAX = 200;
    public static final int NOTES_MAX = 2000;
    public static final int PARTIES_MAX = 400;
    public static final int OUTCOME_MAX = 1000;
    public static final int EXTERNAL_ID_MAX = 120;

    @Id
    @SequenceGenerator(name = "field_seq", sequenceName = "field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "field_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private FieldKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_id", nullable = false)
    private OrgUnit grid;

    @Column(name = "grid_path", nullable = false, length = 400)
    private String gridPath;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Size(max = PLACE_MAX)
    @Column(length = PLACE_MAX)
    private String place;

    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_category", length = 16)
    private ProblemCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_level", length = 16)
    private HandlingLevel handlingLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_status", length = 16)
    private ProblemStatus status;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Size(max = PARTIES_MAX)
    @Column(length = PARTIES_MAX)
    private String parties;

    @Size(max = OUTCOME_MAX)
    @Column(length = OUTCOME_MAX)
    private String outcome;

    @Column(name = "agreement_reached")
    private Boolean agreementReached;

    @Column(name = "residents_count")
    private Integer residents;

    @Column(name = "volunteers_count")
    private Integer volunteers;

    @Column(name = "photo_file", length = 80)
    private String photoFile;

    @Column(name = "photo_type", length = 20)
    private String photoType;

    @Size(max = EXTERNAL_ID_MAX)
    @Column(name = "external_id", length = EXTERNAL_ID_MAX, unique = true)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RecordSource source;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "field_record_skill", joinColumns = @JoinColumn(name = "record_id"))
    private List<SkillUse> skills = new ArrayList<>();

    @Version
    private long version;

    protected FieldRecord() {
    }

    public FieldRecord(Person person, OrgUnit grid, RecordSource source, String externalId,
                       LocalDateTime recordedAt, String recordedBy) {
        this.person = person;
        this.grid = grid;
        this.gridPath = grid.getPath();
        this.source = source;
        this.externalId = externalId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Copies a checked, normalised draft (kind and grid included) onto the record. */
    public void apply(FieldDraft d, OrgUnit newGrid) {
        kind = d.getKind();
        grid = newGrid;
        gridPath = newGrid.getPath();
        occurredAt = d.getOccurredAt();
        place = d.getPlace();
        notes = d.getNotes();
        category = d.getCategory();
        handlingLevel = d.getHandlingLevel();
        status = d.getStatus();
        startedOn = d.getStartedOn();
        closedOn = d.getClosedOn();
        parties = d.getParties();
        outcome = d.getOutcome();
        agreementReached = d.getAgreementReached();
        residents = d.getResidents();
        volunteers = d.getVolunteers();
    }

    /** The record as a draft, e.g. to prefill a correction form. */
    public FieldDraft toDraft() {
        FieldDraft d = new FieldDraft(kind, grid.getId(), occurredAt);
        d.setPlace(place);
        d.setNotes(notes);
        d.setCategory(category);
        d.setHandlingLevel(handlingLevel);
        d.setStatus(status);
        d.setStartedOn(startedOn);
        d.setClosedOn(closedOn);
        d.setParties(parties);
        d.setOutcome(outcome);
        d.setAgreementReached(agreementReached);
        d.setResidents(residents);
        d.setVolunteers(volunteers);
        return d;
    }

    /** The fields a correction may change, as "name=value" lines, for the history's before and after. */
    public String describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("grid", grid.getCode());
        m.put("occurred_at", occurredAt);
        m.put("place", place);
        m.put("notes", notes);
        m.put("category", category);
        m.put("handling_level", handlingLevel);
        m.put("status", status);
        m.put("started_on", startedOn);
        m.put("closed_on", closedOn);
        m.put("parties", parties);
        m.put("outcome", outcome);
        m.put("agreement", agreementReached);
        m.put("residents", residents);
        m.put("volunteers", volunteers);
        m.put("photo", photoFile);
        String text = m.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        return text.length() <= FieldRecordHistory.TEXT_MAX ? text : text.substring(0, FieldRecordHistory.TEXT_MAX);
    }

    public void attachPhoto(String file, String mediaType) {
        this.photoFile = file;
        this.photoType = mediaType;
    }

    public void useSkills(List<SkillUse> uses) {
        skills.clear();
        skills.addAll(uses);
    }

    public void linkTask(Long taskId) {
        this.taskId = taskId;
    }

    public Long getId() { return id; }
    public FieldKind getKind() { return kind; }
    public Person getPerson() { return person; }
    public OrgUnit getGrid() { return grid; }
    public String getGridPath() { return gridPath; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getPlace() { return place; }
    public String getNotes() { return notes; }
    public ProblemCategory getCategory() { return category; }
    public HandlingLevel getHandlingLevel() { return handlingLevel; }
    public ProblemStatus getStatus() { return status; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getParties() { return parties; }
    public String getOutcome() { return outcome; }
    public Boolean getAgreementReached() { return agreementReached; }
    public Integer getResidents() { return residents; }
    public Integer getVolunteers() { return volunteers; }
    public String getPhotoFile() { return photoFile; }
    public String getPhotoType() { return photoType; }
    public boolean isHasPhoto() { return photoFile != null; }
    public String getExternalId() { return externalId; }
    public RecordSource getSource() { return source; }
    public Long getTaskId() { return taskId; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public List<SkillUse> getSkills() { return skills; }
    public long getVersion() { return version; }
}
