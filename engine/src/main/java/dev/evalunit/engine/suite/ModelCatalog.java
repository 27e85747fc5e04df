package dev.evalunit.engine.suite;

import org.apiguardian.api.API;

import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What model references can resolve to, so that a typo fails at discovery instead of at the first call.
 *
 * @param providerIds      ids of the model providers on the classpath
 * @param inProcessId      the in-process provider's id
 * @param builtInModels    the in-process provider's built-in models
 */
@API(status = INTERNAL, since = "0.1")
public record ModelCatalog(Set<String> providerIds, String inProcessId, Set<String> builtInModels) {

    public ModelCatalog {
        providerIds = Set.copyOf(providerIds);
        builtInModels = Set.copyOf(builtInModels);
    }

    /** Why a reference cannot resolve, given the suite's own in-process models; empty when it can. */
    String check(dev.evalunit.api.ModelRef model, Set<String> suiteModels) {
        if (model.provider().equals(inProcessId)) {
            if (builtInModels.contains(model.model()) || suiteModels.contains(model.model())) {
                return "";
            }
            Set<String> known = new TreeSet<>(builtInModels);
            known.addAll(suiteModels);
            return "unknown in-process model '" + model.model() + "'" + Suggestions.hint(model.model(), known)
                    + "; available: " + String.join(", ", known);
        }
        if (providerIds.contains(model.provider())) {
            return "";
        }
        Set<String> known = new TreeSet<>(providerIds);
        known.add(inProcessId);
        return "unknown model provider '" + model.provider() + "' in '" + model + "'"
                + Suggestions.hint(model.provider(), known) + "; providers on the classpath: "
                + String.join(", ", known);
    }
}
