// Draws the opening process with bpmn-js (served from this application: no network needed) and marks
// the steps done and the current ones, named by the container's data-done and data-current attributes.
document.addEventListener('DOMContentLoaded', async () => {
  const container = document.getElementById('diagram');
  if (!container || !window.BpmnJS) {
    return;
  }
  const viewer = new window.BpmnJS({ container });
  const response = await fetch(container.dataset.source, { credentials: 'same-origin' });
  await viewer.importXML(await response.text());
  const canvas = viewer.get('canvas');
  canvas.zoom('fit-viewport');
  const ids = (names) => (names || '').split(' ').filter(Boolean);
  ids(container.dataset.done).forEach((id) => canvas.addMarker(id, 'step-done'));
  ids(container.dataset.current).forEach((id) => canvas.addMarker(id, 'step-current'));
  container.dataset.rendered = 'true';
});
