from typing import Annotated

from fastapi import BackgroundTasks, Depends, FastAPI, Header

app = FastAPI()


def write_log(message: str):
    with open("log.txt", mode="a") as log:
        log.write(message)


def get_client(background_tasks: BackgroundTasks, x_client: Annotated[str | None, Header()] = None):
    background_tasks.add_task(write_log, f"client: {x_client}\n")
    return x_client


def get_query(
    background_tasks: BackgroundTasks,
    client: Annotated[str | None, Depends(get_client)],
    q: str | None = None,
):
    if q:
        background_tasks.add_task(write_log, f"found query: {q}\n")
    return q


@app.post("/send-notification/{email}")
async def send_notification(
    email: str,
    background_tasks: BackgroundTasks,
    q: Annotated[str | None, Depends(get_query)],
    client: Annotated[str | None, Depends(get_client)],
):
    background_tasks.add_task(write_log, f"message to {email}\n")
    return {"message": "Message sent"}
