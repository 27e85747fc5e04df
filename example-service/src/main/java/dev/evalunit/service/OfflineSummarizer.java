package dev.evalunit.service;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * A chat model that needs no network and no key, so the service runs anywhere: it answers with the first
 * sentences of the text, two when the system prompt asks for "2–3 sentences", one otherwise, and reports
 * token counts of about four characters per token.
 */
final class OfflineSummarizer implements ChatModel {

    @Override
    public ChatResponse doChat(ChatRequest request) {
        String system = "";
        StringBuilder user = new StringBuilder();
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage s) {
                system = s.text();
            } else if (message instanceof UserMessage u) {
                user.append(u.singleText());
            }
        }
        int sentences = system.matches("(?s).*2\\s*[–-]\\s*3 sentences.*") ? 2 : 1;
        String summary = firstSentences(user.toString(), sentences);
        return ChatResponse.builder().aiMessage(AiMessage.from(summary)).modelName("offline-summarizer")
                .tokenUsage(new TokenUsage(tokens(system) + tokens(user.toString()), tokens(summary))).build();
    }

    private static String firstSentences(String text, int count) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int end = 0;
        for (int i = 0; i < count; i++) {
            int next = sentences.next();
            if (next == BreakIterator.DONE) {
                break;
            }
            end = next;
        }
        return text.substring(0, end).strip();
    }

    private static int tokens(String text) {
        return (text.length() + 3) / 4;
    }
}
