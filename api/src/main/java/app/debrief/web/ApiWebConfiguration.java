package app.debrief.web;

import app.debrief.base.DebriefProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** First of all filters, so security and rate limits see the client behind a trusted proxy. */
    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddress(DebriefProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new ClientAddressFilter(new TrustedProxies(properties.trustedProxies())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> apiBodySizeLimit() {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter());
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
