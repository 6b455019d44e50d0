from typing import Annotated

from fastapi import BackgroundTasks, Depends, FastAPI

app = FastAPI()


def write_log(message: str):
    with open("log.txt", mode="a") as log:
        log.write(message)


def send_confirmation(email: str, order_id: str):
    with open("log.txt", mode="a") as log:
        log.write(f"confirmation for order {order_id} sent to {email}\n")


def get_customer(background_tasks: BackgroundTasks, email: str):
    background_tasks.add_task(write_log, f"order from {email}\n")
    return email


@app.post("/orders/{order_id}")
async def create_order(
    order_id: str, background_tasks: BackgroundTasks, email: Annotated[str, Depends(get_customer)]
):
    background_tasks.add_task(send_confirmation, email, order_id)
    return {"message": "Order received", "order_id": order_id}
