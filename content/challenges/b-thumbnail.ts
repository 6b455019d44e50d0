import { notYet, solved, type Challenge } from "./challenge";
import { jsonBody, requestIdsTo, responseOf, startedTasks } from "./run-facts";

const EXPECTED_THUMBNAILS = "gato.jpg → gato-thumb.webp (200 px)\nplaya.png → playa-thumb.webp (200 px)\n";

export const bThumbnail: Challenge = {
  id: "b-thumbnail",
  lessonSlug: "por-que-usarlas",
  title: "Una miniatura, también después",
  statement:
    "La galería necesita además una miniatura de cada foto. Añade una tarea `makeThumbnail(filename)` que escriba en `thumbnails.txt` una línea como `gato.jpg → gato-thumb.webp (200 px)` por foto. La respuesta tiene que seguir siendo `¡Recibido!`, al momento.",
  startsFrom: "b-image-upload",
  solutionFile: "challenges/solutions/b-thumbnail.ts",
  check(run) {
    const uploads = requestIdsTo(run, "POST", "/photos");
    if (uploads.length === 0) return notYet("No se subió ninguna foto: ejecuta el ejemplo con su escenario.");
    for (const id of uploads) {
      const body = jsonBody(responseOf(run, id));
      if (typeof body !== "object" || body === null || (body as { message?: unknown }).message !== "¡Recibido!") {
        return notYet(`La respuesta de ${id} ya no dice «¡Recibido!».`);
      }
      const tasks = startedTasks(run, id);
      if (tasks.length < 2) return notYet(`La subida ${id} ejecutó ${tasks.length} tarea(s); faltan la del procesado o la de la miniatura.`);
    }
    const thumbnails = run.files["thumbnails.txt"];
    if (thumbnails === undefined) return notYet("Todavía no existe thumbnails.txt.");
    if (thumbnails !== EXPECTED_THUMBNAILS) {
      return notYet(`thumbnails.txt contiene ${JSON.stringify(thumbnails)}; debería ser ${JSON.stringify(EXPECTED_THUMBNAILS)}.`);
    }
    return solved("¡Resuelto! El cliente recibe «¡Recibido!» enseguida, y la miniatura se hace después.");
  },
};
