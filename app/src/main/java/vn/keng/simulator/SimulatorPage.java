package vn.keng.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code /simulator} and {@code /} open the simulator page. Its files are the only static resources
 * served ({@code spring.web.resources.add-mappings} is off): with the simulator disabled they are 404.
 */
@Hidden
@Controller
@ConditionalOnBooleanProperty("keng.simulator.enabled")
class SimulatorPage implements WebMvcConfigurer {

    @GetMapping({"/simulator", "/simulator/", "/"})
    String page() {
        return "redirect:/simulator/index.html";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/simulator/**").addResourceLocations("classpath:/static/simulator/");
    }
}
