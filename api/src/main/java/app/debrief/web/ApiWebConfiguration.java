package app.debrief.web;

import app.debrief.base.DebriefProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /**
     * The extension asks for its templates often and they rarely change: an ETag over the answer
     * lets it revalidate with If-None-Match and get a 304 without the body.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> templatesEtag() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/templates");
        return registration;
    }

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
