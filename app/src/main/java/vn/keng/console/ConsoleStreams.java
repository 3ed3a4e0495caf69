package vn.keng.console;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.keng.messaging.MessageActivity;

/**
 * Server-sent events of the open Tonight pages: each is told when a message came in or went out (a
 * confirmation, an alarm, an answer) or the console changed something, and fetches its figures again.
 */
@Component
class ConsoleStreams {

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

    SseEmitter open() {
        SseEmitter emitter = new SseEmitter(0L);
        emitters.add(emitter);
        Runnable remove = () -> emitters.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("ready").data("ready"));
        } catch (IOException e) {
            emitters.remove(emitter);
        }
        return emitter;
    }

    @EventListener
    void on(MessageActivity activity) {
        changed();
    }

    void changed() {
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(SseEmitter.event().name("changed").data("changed"));
            } catch (IOException | IllegalStateException e) {
                emitters.remove(emitter);
            }
        }
    }
}
