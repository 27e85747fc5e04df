package dev.evalunit.judges.llm;

import dev.evalunit.api.spi.ModelClient;
import dev.evalunit.api.spi.ModelRequest;
import dev.evalunit.api.run.ModelResponse;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A judge client that replies with scripted texts in order and records every request. */
final class ScriptedJudge implements ModelClient {

    private final Deque<String> replies;
    private final List<ModelRequest> requests = Collections.synchronizedList(new ArrayList<>());

    ScriptedJudge(String... replies) {
        this.replies = new ArrayDeque<>(List.of(replies));
    }

    @Override
    public synchronized CompletableFuture<ModelResponse> call(ModelRequest request) {
        requests.add(request);
        String reply = replies.size() > 1 ? replies.poll() : replies.peek();
        return CompletableFuture.completedFuture(ModelResponse.of(reply, Duration.ofMillis(5)));
    }

    List<ModelRequest> requests() {
        return requests;
    }
}
