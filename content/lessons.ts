// The nine lessons of the course, in order. Each slug has `content/<slug>.mdx`.

export interface LessonInfo {
  /** Section letter of the course outline. */
  letter: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I";
  slug: string;
  title: string;
  /** One sentence: what the learner can do after the lesson. */
  summary: string;
}

export const lessons: readonly LessonInfo[] = [
  {
    letter: "A",
    slug: "tareas-en-segundo-plano",
    title: "Tareas en segundo plano",
    summary: "Qué es una tarea en segundo plano y cómo la usa una tienda online para enviar el correo de un pedido.",
  },
  {
    letter: "B",
    slug: "por-que-usarlas",
    title: "¿Por qué usarlas?",
    summary: "Reconocer los buenos usos: correos, archivos pesados e imágenes que se procesan después de responder «¡Recibido!».",
  },
  {
    letter: "C",
    slug: "background-tasks",
    title: "BackgroundTasks",
    summary: "Escribir el endpoint que envía una notificación y ver cómo la respuesta llega antes que la tarea.",
  },
  {
    letter: "D",
    slug: "crear-una-funcion-de-tarea",
    title: "Crear una función de tarea",
    summary: "Funciones de tarea síncronas y asíncronas, y qué hace cada una con el bucle de eventos.",
  },
  {
    letter: "E",
    slug: "anadir-la-tarea",
    title: "Añadir la tarea",
    summary: "addTask(fn, ...args) con argumentos posicionales, y cómo se traducen los argumentos con nombre de FastAPI.",
  },
  {
    letter: "F",
    slug: "inyeccion-de-dependencias",
    title: "Inyección de dependencias",
    summary: "Añadir tareas desde una dependencia y desde el handler: una sola lista compartida y su orden.",
  },
  {
    letter: "G",
    slug: "detalles-tecnicos",
    title: "Detalles técnicos",
    summary: "BackgroundTask frente a BackgroundTasks, y una respuesta que lleva su propia tarea.",
  },
  {
    letter: "H",
    slug: "advertencia",
    title: "Advertencia",
    summary: "Cuándo no usarlas: el trabajo pesado de CPU bloquea a todos; llévalo a un worker thread o a una cola de tareas real.",
  },
  {
    letter: "I",
    slug: "resumen-visual",
    title: "Resumen visual",
    summary: "Todo el flujo, paso a paso, en un diagrama construido a partir de una ejecución real.",
  },
];

export function lessonBySlug(slug: string): LessonInfo | undefined {
  return lessons.find((lesson) => lesson.slug === slug);
}
