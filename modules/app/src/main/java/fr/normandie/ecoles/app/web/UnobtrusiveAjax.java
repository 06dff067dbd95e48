package fr.normandie.ecoles.app.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.behavior.AjaxBehavior;
import jakarta.faces.component.behavior.ClientBehavior;
import jakarta.faces.component.behavior.ClientBehaviorContext;
import jakarta.faces.component.search.SearchExpressionContext;
import jakarta.faces.component.search.SearchExpressionHint;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ClientBehaviorRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Renders {@code <f:ajax>} as data instead of script, so that the pages satisfy a Content-Security-Policy
 * without {@code 'unsafe-inline'}. Faces' own renderer writes each behaviour as an inline event handler
 * ({@code onchange="mojarra.ab(this,event,...)"}); this one writes the same request as a data attribute of the
 * element, {@code data-ajax-<DOM event>='{"event": ..., "execute": ..., "render": ..., "delay": ...}'}, and
 * {@code resources/js/ajax.js}, loaded by every page, sends it with the standard {@code faces.ajax.request}
 * when that event happens. The server side is unchanged: the request names its behaviour event and source,
 * and {@link #decode} queues the behaviour's event as Faces' renderer does, so listeners, {@code execute}
 * and {@code render} mean what the Faces specification says.
 * <p>
 * Declared in faces-config.xml for the HTML render kit; the handler attribute Faces then writes is empty,
 * which its response writer leaves out.
 */
public class UnobtrusiveAjax extends ClientBehaviorRenderer {

    /** Prefix of the data attribute each behaviour is written to, followed by its DOM event. */
    static final String ATTRIBUTE_PREFIX = "data-ajax-";

    private static final Set<SearchExpressionHint> CLIENT_SIDE = EnumSet.of(SearchExpressionHint.RESOLVE_CLIENT_SIDE);

    @Override
    public String getScript(ClientBehaviorContext behaviorContext, ClientBehavior behavior) {
        AjaxBehavior ajax = (AjaxBehavior) behavior;
        if (ajax.isDisabled()) {
            return null;
        }
        FacesContext faces = behaviorContext.getFacesContext();
        UIComponent component = behaviorContext.getComponent();
        String event = behaviorContext.getEventName();
        JsonObjectBuilder request = Json.createObjectBuilder()
                .add("event", event)
                .add("execute", clientIds(faces, component, ajax.getExecute(), "@this"))
                .add("render", clientIds(faces, component, ajax.getRender(), "@none"));
        if (ajax.getDelay() != null && !"none".equals(ajax.getDelay())) {
            request.add("delay", Integer.parseInt(ajax.getDelay()));
        }
        if (ajax.isResetValues()) {
            request.add("resetValues", true);
        }
        try {
            faces.getResponseWriter().writeAttribute(ATTRIBUTE_PREFIX + domEvent(event),
                    request.build().toString(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    @Override
    public void decode(FacesContext context, UIComponent component, ClientBehavior behavior) {
        AjaxBehavior ajax = (AjaxBehavior) behavior;
        if (ajax.isDisabled()) {
            return;
        }
        AjaxBehaviorEvent event = new AjaxBehaviorEvent(context, component, ajax);
        event.setPhaseId(immediate(component, ajax) ? PhaseId.APPLY_REQUEST_VALUES
                : PhaseId.INVOKE_APPLICATION);
        component.queueEvent(event);
    }

    /** The DOM event of a Faces behaviour event: a command's action is a click, a value change a change. */
    static String domEvent(String behaviorEvent) {
        return switch (behaviorEvent) {
            case "action" -> "click";
            case "valueChange" -> "change";
            default -> behaviorEvent;
        };
    }

    private static String clientIds(FacesContext faces, UIComponent component, Collection<String> expressions,
                                    String byDefault) {
        if (expressions == null || expressions.isEmpty()) {
            return byDefault;
        }
        SearchExpressionContext search = SearchExpressionContext.createSearchExpressionContext(faces, component,
                CLIENT_SIDE, null);
        List<String> ids = faces.getApplication().getSearchExpressionHandler()
                .resolveClientIds(search, String.join(" ", expressions));
        return ids.isEmpty() ? byDefault : String.join(" ", ids);
    }

    private static boolean immediate(UIComponent component, AjaxBehavior ajax) {
        if (ajax.isImmediateSet()) {
            return ajax.isImmediate();
        }
        Object immediate = component.getAttributes().get("immediate");
        return Boolean.TRUE.equals(immediate) || "true".equals(immediate);
    }
}
