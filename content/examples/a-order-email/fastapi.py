import asyncio

from fastapi import BackgroundTasks, FastAPI
from pydantic import BaseModel

app = FastAPI()


class Order(BaseModel):
    email: str
    product: str


orders: list[Order] = []


async def send_confirmation_email(email: str, order_id: int, product: str):
    await asyncio.sleep(0.3)  # the mail server takes its time
    with open("outbox.txt", mode="a") as outbox:
        outbox.write(f"Para: {email}\nAsunto: Pedido n.º {order_id} confirmado\nGracias por tu compra: {product}.\n\n")


@app.post("/orders")
async def create_order(order: Order, background_tasks: BackgroundTasks):
    orders.append(order)
    order_id = len(orders)
    background_tasks.add_task(send_confirmation_email, order.email, order_id, order.product)
    return {"id": order_id, "message": "¡Pedido confirmado! Te enviaremos un correo."}
