import time

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


async def send_welcome_email(email: str):
    with open("log.txt", mode="a") as log:
        log.write(f"connecting to the mail server for {email}\n")
    time.sleep(0.3)  # blocks: inside async def there is no await, so nobody else runs
    with open("log.txt", mode="a") as log:
        log.write(f"welcome e-mail sent to {email}\n")


@app.post("/signup/{email}")
async def signup(email: str, background_tasks: BackgroundTasks):
    background_tasks.add_task(send_welcome_email, email)
    return {"message": "Account created"}


@app.get("/ping")
async def ping():
    return {"pong": True}
