import { appendFileSync } from "node:fs";
import { App } from "background-tasks";

export const app = new App();

const MAX_WIDTH = 1024;

interface Photo {
  filename: string;
  width: number;
  height: number;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function processPhoto(filename: string, width: number, height: number) {
  await sleep(500); // resizing and optimizing take a while
  const newWidth = Math.min(width, MAX_WIDTH);
  const newHeight = Math.floor((height * newWidth) / width);
  const optimized = filename.split(".")[0] + ".webp";
  appendFileSync("processed.txt", `${filename} (${width}×${height}) → ${optimized} (${newWidth}×${newHeight})\n`);
}

function makeThumbnail(filename: string) {
  const thumbnail = filename.split(".")[0] + "-thumb.webp";
  appendFileSync("thumbnails.txt", `${filename} → ${thumbnail} (200 px)\n`);
}

app.post("/photos", async ({ body, backgroundTasks }) => {
  const photo = body as Photo;
  backgroundTasks.addTask(processPhoto, photo.filename, photo.width, photo.height);
  backgroundTasks.addTask(makeThumbnail, photo.filename);
  return { message: "¡Recibido!", filename: photo.filename };
});
