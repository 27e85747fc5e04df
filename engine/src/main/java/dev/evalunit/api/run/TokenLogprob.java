package dev.evalunit.api.run;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;

/**
 * One generated token with its log-probability and the most likely tokens the model could have put in its place
 * (OpenAI's {@code logprobs.content[]} with {@code top_logprobs}), for judges that weight a score by them.
 *
 * @param token   the token as text
 * @param logprob its natural-log probability
 * @param top     the most likely tokens at this position, the chosen one among them, most likely first
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TokenLogprob(String token, double logprob, List<Candidate> top) {

    public TokenLogprob {
        Objects.requireNonNull(token, "token");
        top = List.copyOf(Objects.requireNonNull(top, "top"));
    }

    /**
     * A token the model could have generated at a position.
     *
     * @param token   the token as text
     * @param logprob its natural-log probability
     */
    public record Candidate(String token, double logprob) {

        public Candidate {
            Objects.requireNonNull(token, "token");
        }
    }
}
