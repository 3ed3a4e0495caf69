package vn.keng.console;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Hidden;
import vn.keng.duty.Swaps;
import vn.keng.registry.Commune;

/** Tonight: every gong point with its striker and status, open incidents; live through server-sent events. */
@Hidden
@Controller
class TonightPage {

    private final Tonight tonight;
    private final ConsoleStreams streams;
    private final Swaps swaps;

    TonightPage(Tonight tonight, ConsoleStreams streams, Swaps swaps) {
        this.tonight = tonight;
        this.streams = streams;
        this.swaps = swaps;
    }

    @GetMapping("/console/tonight")
    String page(Model model) {
        fill(model);
        return "console/tonight";
    }

    /** The live part alone, fetched again by the page whenever the stream says something changed. */
    @GetMapping("/console/tonight/live")
    String live(Model model) {
        fill(model);
        return "console/tonight :: live";
    }

    @GetMapping(path = "/console/tonight/stream", produces = "text/event-stream")
    SseEmitter stream() {
        return streams.open();
    }

    /** Puts someone else on duty tonight at a gong point (the striker is reminded if the round runs). */
    @PostMapping("/console/gong-points/{id}/swap")
    String swap(@PathVariable long id, @RequestParam long personId,
            @RequestParam @org.springframework.format.annotation.DateTimeFormat(iso =
                    org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate night,
            @RequestParam(defaultValue = "/console/tonight") String back, RedirectAttributes flash,
            java.security.Principal principal) {
        swaps.swap(id, night, personId, principal.getName());
        streams.changed();
        flash.addFlashAttribute("done", "console.swap.done");
        return "redirect:" + (back.startsWith("/console/") && !back.contains("//") ? back : "/console/tonight");
    }

    private void fill(Model model) {
        Commune commune = (Commune) model.getAttribute("commune");
        if (commune != null) {
            model.addAttribute("night", tonight.of(commune));
        }
    }
}
