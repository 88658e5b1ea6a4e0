package app.debrief.reports;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the report refresher on its schedule (every node does; the refresh is safe to run at once). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportScheduling {
}
