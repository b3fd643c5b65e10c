package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.control.FieldProblem;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.FieldRecord;
import cn.gongzhuling.academy.field.entity.HandlingLevel;
import cn.gongzhuling.academy.field.entity.ProblemCategory;
import cn.gongzhuling.academy.field.entity.ProblemStatus;
import cn.gongzhuling.academy.field.entity.SkillUse;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.security.boundary.ApiCaller;
import cn.gongzhuling.academy.security.boundary.CurrentApiCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/field-records: field records of the API client's subtree, paged, newest first; POST records
 * one piece of field work, idempotent by the client's external id. Property names follow the CSV
 * columns (snake_case); times are local Gongzhuling time (yyyy-MM-ddTHH:mm) or carry an offset.
 */
@Path("field-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "field-records", description = "Field work of the cadres: visits, problems, mediation, first aid, health service, volunteer projects")
public class FieldRecordResource {

    static final int MAX_SIZE = 200;

    @Inject
    FieldApiService api;

    @Inject
    CurrentApiCaller current;

    @GET
    @Operation(summary = "Field records in the client's scope, newest first",
            description = "Filters: unit (org unit id: its subtree), kind, from/to (dates, inclusive), status (problem status). "
                    + "Paging: page from 0, size 1-" + MAX_SIZE + ".")
    public Response list(@QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("50") int size,
                         @QueryParam("unit") Long unit,
                         @Parameter(description = "HOUSEHOLD_VISIT, PROBLEM_FOUND, DISPUTE_MEDIATED, FIRST_AID_TAUGHT, "
                                 + "FIRST_AID_RESPONSE, HEALTH_SERVICE or VOLUNTEER_PROJECT") @QueryParam("kind") String kind,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("status") String status) {
        ApiCaller client = current.require();
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            return error(Response.Status.BAD_REQUEST, "paging", "page must be >= 0 and size 1-" + MAX_SIZE);
        }
        FieldQuery query;
        try {
            query = new FieldQuery(unit, parse(FieldKind.class, kind), date(from), date(to),
                    parse(ProblemStatus.class, status), page * size, size);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return error(Response.Status.BAD_REQUEST, "filter", "unknown kind or status, or a date not yyyy-MM-dd");
        }
        try {
            long total = api.count(client, query);
            JsonArrayBuilder items = Json.createArrayBuilder();
            api.page(client, query).forEach(r -> items.add(json(r)));
            return Response.ok(Json.createObjectBuilder().add("page", page).add("size", size).add("total", total)
                    .add("items", items).build()).build();
        } catch (BusinessException e) {
            return error(Response.Status.BAD_REQUEST, "unit", "unknown unit in your scope");
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One field record in the client's scope")
    @APIResponse(responseCode = "404", description = "No such record in the client's scope")
    public Response get(@PathParam("id") long id) {
        return api.find(current.require(), id).map(r -> Response.ok(json(r)).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, "id", "no such field record in your scope"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one piece of field work",
            description = "Required: external_id (your own unique id: sending it again returns the stored record), "
                    + "staff_no, grid (unit code of a grid in the cadre's community), kind, occurred_at. "
                    + "Problem found: category (LIVELIHOOD, ENGINEERING, SAFETY, OTHER), handling_level (GRID, COMMUNITY, "
                    + "STREET), status (OPEN, IN_PROGRESS, RESOLVED, ESCALATED), started_on, closed_on. Dispute mediated: "
                    + "parties, outcome, agreement (boolean). First aid taught, health service, volunteer project: residents; "
                    + "volunteer project: volunteers. Optional: place, notes.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already recorded under this external_id")
    @APIResponse(responseCode = "400", description = "Problems, each with field and message; nothing stored")
    public Response create(JsonObject body) {
        ApiCaller client = current.require();
        if (body == null) {
            return error(Response.Status.BAD_REQUEST, "body", "a JSON object is required");
        }
        FieldDraft draft = new FieldDraft();
        String externalId;
        String staffNo;
        String grid;
        try {
            externalId = string(body, "external_id");
            staffNo = string(body, "staff_no");
            grid = string(body, "grid");
            draft.setKind(parse(FieldKind.class, string(body, "kind")));
            draft.setOccurredAt(time(string(body, "occurred_at")));
            draft.setPlace(string(body, "place"));
            draft.setNotes(string(body, "notes"));
            draft.setCategory(parse(ProblemCategory.class, string(body, "category")));
            draft.setHandlingLevel(parse(HandlingLevel.class, string(body, "handling_level")));
            draft.setStatus(parse(ProblemStatus.class, string(body, "status")));
            draft.setStartedOn(date(string(body, "started_on")));
            draft.setClosedOn(date(string(body, "closed_on")));
            draft.setParties(string(body, "parties"));
            draft.setOutcome(string(body, "outcome"));
            JsonValue agreement = body.get("agreement");
            draft.setAgreementReached(agreement == JsonValue.TRUE ? Boolean.TRUE : agreement == JsonValue.FALSE ? Boolean.FALSE : null);
            draft.setResidents(integer(body, "residents"));
            draft.setVolunteers(integer(body, "volunteers"));
        } catch (IllegalArgumentException | DateTimeParseException | ClassCastException | ArithmeticException e) {
            return error(Response.Status.BAD_REQUEST, "body", "a value has the wrong type or format: " + e.getMessage());
        }
        try {
            FieldApiService.Outcome outcome = api.create(client, externalId, staffNo, grid, draft);
            return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                    .entity(Json.createObjectBuilder().add("id", outcome.id()).add("created", outcome.created()).build())
                    .build();
        } catch (InvalidRecordException e) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (FieldProblem p : e.getProblems()) {
                errors.add(Json.createObjectBuilder().add("field", p.field())
                        .add("message", Messages.get(Locale.ENGLISH, p.key(), p.args())));
            }
            return Response.status(Response.Status.BAD_REQUEST).entity(Json.createObjectBuilder()
                    .add("error", "invalid").add("errors", errors).build()).build();
        } catch (BusinessException e) {
            return error(Response.Status.BAD_REQUEST, "body", Messages.get(Locale.ENGLISH, e.getKey(), e.getArgs()));
        }
    }

    static JsonObject json(FieldRecord r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.getId()).add("kind", r.getKind().name())
                .add("staff_no", r.getPerson().getStaffNo()).add("grid", r.getGrid().getCode())
                .add("occurred_at", r.getOccurredAt().toString()).add("source", r.getSource().name());
        add(b, "place", r.getPlace());
        add(b, "notes", r.getNotes());
        add(b, "category", r.getCategory());
        add(b, "handling_level", r.getHandlingLevel());
        add(b, "status", r.getStatus());
        add(b, "started_on", r.getStartedOn());
        add(b, "closed_on", r.getClosedOn());
        add(b, "parties", r.getParties());
        add(b, "outcome", r.getOutcome());
        if (r.getAgreementReached() != null) {
            b.add("agreement", r.getAgreementReached());
        }
        if (r.getResidents() != null) {
            b.add("residents", r.getResidents());
        }
        if (r.getVolunteers() != null) {
            b.add("volunteers", r.getVolunteers());
        }
        JsonArrayBuilder skills = Json.createArrayBuilder();
        for (SkillUse s : r.getSkills()) {
            skills.add(Json.createObjectBuilder().add("skill", s.getSkillCode()).add("certified", s.isCertified()));
        }
        return b.add("skills", skills).build();
    }

    private static void add(JsonObjectBuilder b, String name, Object value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }

    private static Response error(Response.Status status, String field, String message) {
        return Response.status(status).entity(Json.createObjectBuilder().add("error", status.getReasonPhrase())
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("field", field)
                        .add("message", message))).build()).build();
    }

    private static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException(name + " must be a string");
    }

    private static Integer integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.intValueExact();
        }
        throw new IllegalArgumentException(name + " must be a whole number");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    static LocalDateTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(v).atZoneSameInstant(ClockProducer.ZONE).toLocalDateTime();
        }
        return LocalDateTime.parse(v);
    }
}
