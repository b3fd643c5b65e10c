package cn.gongzhuling.academy.xapi.boundary;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.xapi.control.BoundedJsonReader;
import cn.gongzhuling.academy.xapi.control.ParsedStatement;
import cn.gongzhuling.academy.xapi.control.Served;
import cn.gongzhuling.academy.xapi.control.StatementValidator;
import cn.gongzhuling.academy.xapi.control.XapiProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /xapi/statements of xAPI 1.0.3 (Communication 2.1): PUT one statement, POST one or a batch, GET by
 * id or a page of statements. Every request needs X-Experience-API-Version 1.0.x and an integration
 * client's HTTP Basic credentials; every answer carries the version header, errors a JSON body with
 * the place and a message in the caller's language (Accept-Language).
 */
@Path("statements")
@RequestScoped
@Tag(name = "xAPI", description = "Learning Record Store: statements (xAPI 1.0.3)")
@SecurityRequirement(name = "xapiBasic")
public class StatementsResource {

    private static final Pattern VERSION = Pattern.compile("1\\.0(\\.\\d+)?");
    private static final Set<String> LIST_PARAMETERS = Set.of("since", "until", "limit", "ascending", "verb", "agent",
            "activity", "format", "attachments", "after");
    private static final Set<String> UNSUPPORTED = Set.of("registration", "related_activities", "related_agents");

    @Inject
    StatementService statements;

    @Inject
    ClientCredentials credentials;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store one statement under the given id",
            description = "Same id and same content again: accepted, stored once (204). Same id, other content: 409.")
    @APIResponse(responseCode = "204", description = "stored, or already stored with the same content")
    @APIResponse(responseCode = "400", description = "invalid statement, header or parameter; the body names the field")
    @APIResponse(responseCode = "401", description = "no valid integration client credentials")
    @APIResponse(responseCode = "409", description = "another statement with this id is stored")
    @APIResponse(responseCode = "413", description = "body larger than app.xapi.max-body-bytes")
    public Response put(@QueryParam("statementId") @Parameter(description = "the statement's UUID") String statementId,
                        InputStream body) {
        return answer(() -> {
            String client = client();
            if (statementId == null || statementId.isBlank()) {
                throw XapiProblem.invalid("statementId", "xapi.error.putNeedsId");
            }
            BoundedJsonReader.Body read = readBody(body);
            JsonValue value = read.value();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw XapiProblem.invalid("", "xapi.error.putOneStatement");
            }
            JsonObject statement = (JsonObject) value;
            String given = StatementParameters.idParameter(statementId, "statementId");
            JsonValue bodyId = statement.get("id");
            if (bodyId == null) {
                statement = Served.JSON.createObjectBuilder(statement).add("id", given).build();
            }
            String text = bodyId == null || read.texts().isEmpty() ? null : read.texts().get(0);
            ParsedStatement parsed = validator().statement(statement, text);
            if (!parsed.id().equals(given)) {
                throw XapiProblem.invalid("id", "xapi.error.idMismatch", parsed.id(), given);
            }
            statements.store(List.of(parsed), client);
            return Response.noContent();
        });
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store one statement or an array of statements",
            description = "A batch is atomic: one invalid statement rejects it all with 400 naming its index and field, "
                    + "and nothing is stored. Answers the ids in the order sent.")
    @APIResponse(responseCode = "200", description = "JSON array of the statement ids")
    @APIResponse(responseCode = "400", description = "invalid statement, header or body; nothing stored")
    @APIResponse(responseCode = "401", description = "no valid integration client credentials")
    @APIResponse(responseCode = "409", description = "a statement id is stored with other content; nothing stored")
    @APIResponse(responseCode = "413", description = "body larger than app.xapi.max-body-bytes")
    public Response post(InputStream body) {
        return answer(() -> {
            String client = client();
            List<ParsedStatement> parsed = validator().batch(readBody(body));
            statements.store(parsed, client);
            JsonArrayBuilder ids = Served.JSON.createArrayBuilder();
            parsed.forEach(s -> ids.add(s.id()));
            return Response.ok(ids.build().toString(), XapiResponses.JSON);
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One statement by id, or a page of statements (StatementResult with a 'more' link)",
            description = "Voided statements are found only by voidedStatementId. Pages are ordered by stored time, "
                    + "newest first unless ascending=true.")
    @APIResponse(responseCode = "200", description = "a statement, or {statements, more}")
    @APIResponse(responseCode = "400", description = "invalid parameter")
    @APIResponse(responseCode = "401", description = "no valid integration client credentials")
    @APIResponse(responseCode = "404", description = "no such statement (or it is voided)")
    public Response get(@QueryParam("statementId") String statementId,
                        @QueryParam("voidedStatementId") String voidedStatementId,
                        @QueryParam("since") @Parameter(description = "stored after (ISO 8601)") String since,
                        @QueryParam("until") @Parameter(description = "stored at or before (ISO 8601)") String until,
                        @QueryParam("limit") @Parameter(description = "page size; 0 = the server's maximum") String limit,
                        @QueryParam("ascending") String ascending,
                        @QueryParam("verb") @Parameter(description = "verb IRI") String verb,
                        @QueryParam("agent") @Parameter(description = "actor as an Agent or Group JSON object") String agent,
                        @QueryParam("activity") @Parameter(description = "activity IRI of the object") String activity,
                        @QueryParam("after") @Parameter(description = "paging cursor, taken from 'more'") String after) {
        return answer(() -> {
            client();
            MultivaluedMap<String, String> query = uri.getQueryParameters();
            for (String name : query.keySet()) {
                if (UNSUPPORTED.contains(name)) {
                    throw XapiProblem.invalid(name, "xapi.error.paramUnsupported", name);
                }
            }
            if (statementId != null || voidedStatementId != null) {
                boolean alone = query.keySet().stream().allMatch(name -> Set.of("statementId", "voidedStatementId",
                        "format", "attachments").contains(name));
                if ((statementId != null && voidedStatementId != null) || !alone) {
                    throw XapiProblem.invalid("", "xapi.error.paramCombination");
                }
                String id = StatementParameters.idParameter(statementId != null ? statementId : voidedStatementId,
                        statementId != null ? "statementId" : "voidedStatementId");
                Optional<JsonObject> found = statementId != null ? statements.find(id) : statements.findVoided(id);
                JsonObject statement = found.orElseThrow(() -> new XapiProblem(XapiProblem.NOT_FOUND, "",
                        "xapi.error.notFound", id));
                return Response.ok(statement.toString(), XapiResponses.JSON);
            }
            for (String name : query.keySet()) {
                if (!LIST_PARAMETERS.contains(name)) {
                    throw XapiProblem.invalid(name, "xapi.error.paramUnknown", name);
                }
            }
            StatementQuery filter = new StatementQuery()
                    .since(since == null ? null : StatementValidator.instant(since, "since"))
                    .until(until == null ? null : StatementValidator.instant(until, "until"))
                    .verb(verb)
                    .objectId(activity)
                    .actorKey(agent == null ? null : StatementParameters.agentKey(agent))
                    .ascending(StatementParameters.bool(ascending, "ascending"))
                    .after(after == null ? null : StatementParameters.number(after, "after"));
            int max = config.xapiPageMax();
            int size = limit == null ? max : (int) Math.min(StatementParameters.number(limit, "limit"), max);
            StatementPage page = statements.list(filter, size == 0 ? max : size);
            JsonArrayBuilder list = Served.JSON.createArrayBuilder();
            page.statements().forEach(list::add);
            String more = page.next() == null ? "" : StatementParameters.moreLink(uri.getBaseUri().getRawPath(), query,
                    page.next());
            String body = Served.JSON.createObjectBuilder().add("statements", list).add("more", more).build().toString();
            return Response.ok(body, XapiResponses.JSON)
                    .header("X-Experience-API-Consistent-Through", Served.iso(clock.instant()));
        });
    }

    /** Runs a request and turns every refusal into its xAPI answer; all answers get the version header. */
    private Response answer(Supplier<Response.ResponseBuilder> work) {
        try {
            checkVersionHeader();
            return work.get().header(XapiResponses.VERSION_HEADER, XapiResponses.VERSION).build();
        } catch (XapiProblem problem) {
            return XapiResponses.problem(problem, locale());
        }
    }

    private void checkVersionHeader() {
        String version = headers.getHeaderString(XapiResponses.VERSION_HEADER);
        if (version == null || !VERSION.matcher(version.trim()).matches()) {
            throw XapiProblem.invalid(XapiResponses.VERSION_HEADER, "xapi.error.versionHeader",
                    version == null ? "" : version.length() > 20 ? version.substring(0, 20) : version);
        }
    }

    private String client() {
        return credentials.authenticate(headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                .orElseThrow(() -> new XapiProblem(XapiProblem.UNAUTHORIZED, "", "xapi.error.credentials"));
    }

    private BoundedJsonReader.Body readBody(InputStream body) {
        MediaType type = headers.getMediaType();
        if (type != null && "multipart".equalsIgnoreCase(type.getType())) {
            throw XapiProblem.invalid("", "xapi.error.attachments");
        }
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw XapiProblem.invalid("Content-Type", "xapi.error.contentType");
        }
        long max = config.xapiMaxBodyBytes();
        int announced = headers.getLength();
        if (announced > max) {
            throw new XapiProblem(XapiProblem.TOO_LARGE, "", "xapi.error.tooLarge", max);
        }
        return new BoundedJsonReader(max, config.xapiMaxDepth()).readBody(body);
    }

    private StatementValidator validator() {
        return new StatementValidator(clock, Duration.ofMinutes(config.xapiMaxFutureMinutes()));
    }

    private Locale locale() {
        String header = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        return Messages.supported(header == null || header.isBlank() ? config.defaultLocale() : header);
    }
}
