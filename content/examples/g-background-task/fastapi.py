from fastapi import FastAPI
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse

app = FastAPI()


def write_notification(email: str, message=""):
    with open("log.txt", mode="w") as email_file:
        content = f"notification for {email}: {message}"
        email_file.write(content)


@app.post("/send-notification/{email}")
async def send_notification(email: str):
    task = BackgroundTask(write_notification, email, message="some notification")
    return JSONResponse({"message": "Notification sent in the background"}, background=task)
