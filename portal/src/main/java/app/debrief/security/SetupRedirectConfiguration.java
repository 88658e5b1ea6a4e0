package app.debrief.security;

import app.debrief.accounts.PracticeSetupService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SetupRedirectConfiguration {

    /** Before Spring Security (order -100), so an empty installation never shows the login page. */
    @Bean
    FilterRegistrationBean<SetupRedirectFilter> setupRedirectFilter(PracticeSetupService setup) {
        var registration = new FilterRegistrationBean<>(new SetupRedirectFilter(setup));
        registration.setOrder(-200);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
