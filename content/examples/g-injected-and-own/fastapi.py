from fastapi import BackgroundTasks, FastAPI
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse

app = FastAPI()


def write_log(message: str):
    with open("log.txt", mode="a") as log:
        log.write(message)


@app.post("/send-notification/{email}")
async def send_notification(email: str, background_tasks: BackgroundTasks):
    # FastAPI drops this one without a word: the response below has its own background.
    background_tasks.add_task(write_log, f"audit: notification requested for {email}\n")
    task = BackgroundTask(write_log, f"notification for {email}\n")
    return JSONResponse({"message": "Notification sent in the background"}, background=task)
