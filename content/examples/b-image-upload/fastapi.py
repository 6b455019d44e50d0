import asyncio

from fastapi import BackgroundTasks, FastAPI
from pydantic import BaseModel

app = FastAPI()

MAX_WIDTH = 1024


class Photo(BaseModel):
    filename: str
    width: int
    height: int


async def process_photo(filename: str, width: int, height: int):
    await asyncio.sleep(0.5)  # resizing and optimizing take a while
    new_width = min(width, MAX_WIDTH)
    new_height = height * new_width // width
    optimized = filename.split(".")[0] + ".webp"
    with open("processed.txt", mode="a") as log:
        log.write(f"{filename} ({width}×{height}) → {optimized} ({new_width}×{new_height})\n")


@app.post("/photos")
async def upload_photo(photo: Photo, background_tasks: BackgroundTasks):
    background_tasks.add_task(process_photo, photo.filename, photo.width, photo.height)
    return {"message": "¡Recibido!", "filename": photo.filename}
