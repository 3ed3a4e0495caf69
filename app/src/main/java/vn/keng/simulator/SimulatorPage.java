package vn.keng.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /simulator} and {@code /} open the simulator page. */
@Controller
@ConditionalOnBooleanProperty("keng.simulator.enabled")
class SimulatorPage {

    @GetMapping({"/simulator", "/simulator/", "/"})
    String page() {
        return "redirect:/simulator/index.html";
    }
}
