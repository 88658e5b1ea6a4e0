/**
 * A client's detail page. It brings together several features' parts (clients, templates,
 * connections, requests), so it sits beside the layout rather than in any one feature.
 */
@NullMarked
package app.debrief.ui.clientdetail;

import org.jspecify.annotations.NullMarked;
