"""Minimale Streamlit-app als ondergrens voor bench/browser.py: één schuif en één klein Plotly-figuurtje."""

import plotly.graph_objects as go
import streamlit as st

n = st.slider("Waarde", 0, 100, 50, key="waarde")
st.plotly_chart(
    go.Figure(go.Scatter(x=[0, 1, 2], y=[0, n, n / 2])).update_layout(height=300, title=f"Waarde {n}"), key="figuur"
)
