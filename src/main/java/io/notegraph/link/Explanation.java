package io.notegraph.link;

/**
 * Why one surface form resolved to one entity, for {@code notegraph explain}.
 *
 * @param entityId the entity it resolved to
 * @param surface the form as written
 * @param reason e.g. "exact name", "handle (afbjorklund) given beside the name in 2020-10-06.md",
 *     "Jaro-Winkler 0.93 to 'Faisal Razzak', co-attended", "override in ontology/identity.ttl"
 * @param file where the form was seen
 * @param line its line
 */
public record Explanation(String entityId, String surface, String reason, String file, int line) {}
