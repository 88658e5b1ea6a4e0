package app.debrief.security;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.LoginThrottle;
import app.debrief.accounts.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/** The portal: form log-in on the Login view, every view guarded by its annotation, services by theirs. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            CoachDetailsService coaches) throws Exception {
        return http.authenticationManager(authenticationManager)
                // a disabled coach's open session ends on their next request
                .addFilterBefore(new SignedInCoachFilter(coaches), AnonymousAuthenticationFilter.class)
                // the portal's own stylesheet, needed on the login and setup pages too
                .authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**").permitAll()
                        // Apache ECharts from its webjar, for the reports' charts: public library code
                        .requestMatchers("/webjars/echarts/**").permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    AuthenticationManager authenticationManager(CoachDetailsService coaches, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(coaches);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }
}
