// Sends Faces' ajax requests without inline event handlers (the Content-Security-Policy forbids them): each
// <f:ajax> is written by the server as a data attribute, data-ajax-<event>='{"event", "execute", "render",
// "delay"}' (fr.normandie.ecoles.app.web.UnobtrusiveAjax), and one listener per event on the document sends
// it with the standard faces.ajax.request. Listening on the document also covers the parts of the page an
// ajax answer has just replaced.
(() => {
  const send = (event) => {
    const attribute = 'data-ajax-' + event.type;
    const source = event.target instanceof Element ? event.target.closest('[' + attribute + ']') : null;
    if (!source || !window.faces) {
      return;
    }
    const behaviour = JSON.parse(source.getAttribute(attribute));
    if (event.type === 'click') {
      event.preventDefault(); // the ajax request replaces the button's own submission
    }
    const options = {
      execute: behaviour.execute,
      render: behaviour.render,
      'jakarta.faces.behavior.event': behaviour.event,
    };
    if (behaviour.delay) {
      options.delay = behaviour.delay;
    }
    if (behaviour.resetValues) {
      options.resetValues = true;
    }
    window.faces.ajax.request(source, event, options);
  };
  ['click', 'change', 'keyup', 'input', 'blur', 'focus'].forEach((type) => document.addEventListener(type, send, true));
})();
